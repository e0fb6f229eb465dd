package vm

import (
	"io"
)

// Options configure a Machine.
type Options struct {
	// Stdin, Stdout and Stderr are the program's standard streams.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Argv is sys.argv (argv[0] is the script path as given).
	Argv []string
	// MemoryLimit caps the estimated bytes of Python objects; above it the
	// program gets MemoryError. 0 means DefaultMemoryLimit.
	MemoryLimit int64
	// RecursionLimit is sys.getrecursionlimit()'s start value (1000).
	RecursionLimit int
	// NoShutdown leaves the program as it ended: RunMain then skips what
	// CPython's shutdown runs (closing the generators left in globals),
	// for a look at the final state (quicken dis --adaptive).
	NoShutdown bool
	// Buffering is how sys.stdout and sys.stderr buffer, as CPython
	// sets them up for its environment (zero: unbuffered).
	Buffering Buffering
	// WriteFiles lets open() create and change files (quicken run);
	// otherwise the modes that would raise PermissionError, so that
	// exploring or replaying a program never touches the file system.
	WriteFiles bool
}

// Machine is one Python interpreter: its heap, types, modules and the
// state of the running program. It is not safe for concurrent use; the
// stepping API (step.go) serialises access.
type Machine struct {
	opts  Options
	heap  heap
	types builtinTypes

	interned   map[string]Value
	strInit    Value // "__init__", interned on first use
	emptyStr   Value
	emptyTuple Value
	asciiChars [128]Value

	builtins       *Dict // the builtins module's namespace
	builtinsModule Value
	modules        *Dict // sys.modules
	sysMod         *Module
	main           *Module

	// The running program.
	frame *Frame // innermost executing frame
	// excInfo is the stack of exceptions being handled (PUSH_EXC_INFO),
	// innermost last: sys.exc_info() is its top.
	excInfo []Value
	// reraising marks an exception re-raised with its traceback as it
	// is (RERAISE, bare raise); unwindAt is where RERAISE wants the
	// handler search to start (-1: at the frame's Lasti). See unwind.
	reraising bool
	unwindAt  int
	// depth counts Python frames on the stack (recursion limit).
	depth          int
	recursionLimit int
	// intMaxStrDigits is sys.get_int_max_str_digits() (0: no limit).
	intMaxStrDigits int
	// nested counts eval loops running under Go code (a builtin calling
	// Python); collections wait until it is 0.
	nested int

	// fuel counts instructions until the eval loop must take its slow
	// path (stepping, events, interrupts, collections). See breaker.go.
	fuel, fuelBase, stepBase int64
	// stopAt is the step count at which to pause (-1: never).
	stopAt int64
	// gcStress, when positive, collects every gcStress instructions in
	// nested eval loops (tests of the collector's pins).
	gcStress int64
	// stopFn, when set, is asked at every instruction boundary after
	// step stopFrom whether to pause there (Session.RunUntil).
	stopFn    func(*Frame) bool
	stopFrom  int64
	interrupt int32
	pauseReq  int32
	ctl       *control
	listener  Listener

	// spec is the attached specializer (nil: specialization off); stats
	// are kept when non-nil; keepHistory keeps each site's rewrites.
	spec        Specializer
	stats       *SpecStats
	keepHistory bool

	slab      slab
	slabs     []slab
	framePool []*Frame
	// nextFuncVersion numbers functions (func_version).
	nextFuncVersion uint32

	// extraRoots are Values held by Go code across collections (module
	// objects of builtin modules, cached singletons).
	extraRoots []Value

	// ct is the containers' per-interpreter state (containers.go).
	ct containerState

	// om is the state of the object model: version tags, the method
	// cache, instance extras (typeversion.go).
	om objectModel

	out *outStream
	err *outStream
	in  *inStream
	// stdout and stderr are the TextIOWrappers' buffers over out and
	// err; stdStreams are sys.__stdin__, __stdout__ and __stderr__.
	stdout, stderr *textBuffer
	stdStreams     [3]Value
	// files are the files open() opened for writing (builtins_open.go).
	files openFiles
	// sys is the state sys's setters change (sysinfo.go).
	sys sysState
	// unraisableArgsType is sys.UnraisableHookArgs.
	unraisableArgsType *Type

	// tb is the traceback printer's state (source files read).
	tb tracebackState
	// codecs is the codec registry's state (codecsmodule.go).
	codecs codecsState
}

// New creates a Machine with the builtins and sys modules ready.
func New(opts Options) *Machine {
	if opts.RecursionLimit <= 0 {
		opts.RecursionLimit = 1000
	}
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	m := &Machine{opts: opts, interned: map[string]Value{}, recursionLimit: opts.RecursionLimit, unwindAt: -1}
	m.intMaxStrDigits = 4300
	m.heap.init(opts.MemoryLimit)
	m.fuel, m.fuelBase, m.stopAt = pollInterval, pollInterval, -1
	m.out = newOutStream(opts.Stdout)
	m.err = newOutStream(opts.Stderr)
	b := opts.Buffering
	m.stdout = newTextBuffer(m.out, !b.Buffered, b.StdoutTTY, b.StdoutBlockSize)
	m.stderr = newTextBuffer(m.err, !b.Buffered, true, b.StderrBlockSize)
	m.in = newInStream(opts.Stdin)
	m.initTypes()
	m.initSingletons()
	m.initModules()
	// The thread's own exc_info slot; running generators push theirs.
	m.excInfo = []Value{None}
	return m
}

func (m *Machine) initSingletons() {
	m.heap.objs[None] = &singleton{Header{typ: m.types.NoneType, self: None}}
	m.heap.types[None] = m.types.NoneType
	m.heap.objs[False] = &singleton{Header{typ: m.types.Bool, self: False}}
	m.heap.types[False] = m.types.Bool
	m.heap.objs[True] = &singleton{Header{typ: m.types.Bool, self: True}}
	m.heap.types[True] = m.types.Bool
	m.heap.objs[Ellipsis] = &singleton{Header{typ: m.types.Ellipsis, self: Ellipsis}}
	m.heap.types[Ellipsis] = m.types.Ellipsis
	m.heap.objs[NotImplemented] = &singleton{Header{typ: m.types.NotImplementedType, self: NotImplemented}}
	m.heap.types[NotImplemented] = m.types.NotImplementedType
	m.emptyStr = m.Intern("")
	for c := 0; c < 128; c++ {
		m.asciiChars[c] = m.Intern(string(rune(c)))
	}
	m.emptyTuple = m.alloc(&Tuple{}, m.types.Tuple)
}

// singleton is None, True, False, Ellipsis or NotImplemented.
type singleton struct{ Header }

func (*singleton) traverse(func(Value)) {}
