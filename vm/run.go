package vm

import (
	"errors"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler"
)

// Outcome is how a program run ended.
type Outcome struct {
	// ExitStatus is the process exit status CPython would give.
	ExitStatus int
	// Exception is the uncaught exception (printed already), or Null.
	Exception Value
	// Interrupted reports an uncaught KeyboardInterrupt: CPython then
	// ends by SIGINT (a shell shows status 130), which the command line
	// reproduces.
	Interrupted bool
}

// ErrClosed is returned when a Machine was closed while running.
var ErrClosed = errors.New("vm: machine closed")

// Compile compiles a main program as `python3 FILE` does: the code object
// CPython would run, or a *syntax.Error.
func Compile(src []byte, filename string) (*bytecode.Code, error) {
	return compiler.CompileWith(src, filename, compiler.Options{Context: compiler.ContextRun})
}

// RunMain runs code as the __main__ module on the calling goroutine
// until it ends: output goes to the Machine's streams, an uncaught
// exception is printed as CPython prints it, and the outcome gives the
// exit status. A non-nil error is a host failure (an internal error, or
// ErrClosed), never a Python exception.
func (m *Machine) RunMain(bc *bytecode.Code) (out Outcome, err error) {
	defer func() {
		if r := recover(); r != nil {
			if r == errClosedPanic {
				err = ErrClosed
				return
			}
			err = m.internalError(r)
		}
		// The program's output is never lost, whatever happened.
		m.flushOpenFiles()
		m.flushStd(m.stdout)
		m.flushStd(m.stderr)
		m.FlushOutput()
	}()
	code := m.LoadCode(bc)
	mod := m.newMainModule(bc.Filename)
	m.main = mod
	f := m.newFrame(nil, code, mod.Dict, m.builtins, mod.Dict.self)
	m.depth++
	_, perr := m.eval(f)
	// CPython 3.11's _PyRun_SimpleFileObject flushes sys.stderr and
	// sys.stdout (flush_io, errors ignored) before it prints an uncaught
	// exception.
	m.flushIO()
	if perr != nil {
		exc, herr := m.exceptionOf(perr)
		if herr != nil {
			return Outcome{ExitStatus: 1}, herr
		}
		out = m.handleUncaught(exc)
	}
	m.shutdown(mod.Dict, &out)
	return out, nil
}

// shutdown is the part of Py_FinalizeEx a program can see: the standard
// streams flushed (a failure makes the exit status 120), then the main
// module's generators closed. What those print reaches the files when
// the streams are deallocated, silently: sys.stdout is gone by the time
// CPython flushes the streams again.
func (m *Machine) shutdown(globals *Dict, out *Outcome) {
	if !m.flushStdFiles() {
		out.ExitStatus = 120
	}
	m.finalizeMain(globals)
	m.flushOpenFiles()
	m.flushStd(m.stdout)
	m.flushStd(m.stderr)
	m.FlushOutput()
}

// finalizeMain is the part of CPython's shutdown a program can see here:
// clearing the main module's globals frees the suspended generators they
// hold, which closes them (their finally blocks run), in the globals'
// order. Generators only other objects hold, and __del__ methods, are
// not run.
func (m *Machine) finalizeMain(globals *Dict) {
	if m.opts.NoShutdown {
		return
	}
	m.tb.finalizing = true
	defer func() { m.tb.finalizing = false }()
	var gens []*Generator
	globals.Items(func(_, v Value) bool {
		if g, ok := m.obj0(v).(*Generator); ok && g.started && !g.Closed && !g.Running {
			gens = append(gens, g)
		}
		return true
	})
	for _, g := range gens {
		if !g.Closed {
			m.finalizeGen(g)
		}
	}
}

// handleUncaught is what CPython does with an exception that leaves the
// main module: SystemExit sets the exit status (printing a non-int code),
// anything else is printed as a traceback and gives status 1.
func (m *Machine) handleUncaught(exc Value) Outcome {
	m.out.Flush()
	if m.TypeOf(exc).IsSubtype(m.types.exceptions["SystemExit"]) {
		return Outcome{ExitStatus: m.systemExitStatus(exc), Exception: exc}
	}
	if exit := m.callExcepthook(exc); exit != Null {
		return Outcome{ExitStatus: m.systemExitStatus(exit), Exception: exit}
	}
	if m.TypeOf(exc).IsSubtype(m.types.exceptions["KeyboardInterrupt"]) {
		return Outcome{ExitStatus: 130, Exception: exc, Interrupted: true}
	}
	return Outcome{ExitStatus: 1, Exception: exc}
}

// systemExitStatus is handle_system_exit: None → 0, an int → itself (low
// 8 bits as the OS keeps them), anything else is printed to stderr → 1.
func (m *Machine) systemExitStatus(exc Value) int {
	code, err := m.systemExitCode(exc)
	if err != nil {
		code = None
	}
	if code == None {
		return 0
	}
	if i, ok := m.Int64(code); ok {
		return int(i) & 0xff
	}
	if m.intObj(code) != nil {
		return 0xff // too large: CPython prints nothing and exits -1 & 0xff
	}
	s, err := m.StrString(code)
	if err == nil {
		m.writeStderr(s + "\n")
	}
	return 1
}

// newMainModule makes __main__ with the globals CPython's runpy-less
// `python3 FILE` gives it, in the same order (LOAD_GLOBAL caches depend
// on the order).
func (m *Machine) newMainModule(filename string) *Module {
	mod := m.NewModule("__main__")
	d := mod.Dict
	m.dictSetStr(d, "__doc__", None)
	m.dictSetStr(d, "__package__", None)
	m.dictSetStr(d, "__loader__", m.sourceLoader())
	m.dictSetStr(d, "__spec__", None)
	m.dictSetStr(d, "__annotations__", m.NewDict().self)
	m.dictSetStr(d, "__builtins__", m.builtinsModule)
	m.dictSetStr(d, "__file__", m.NewStr(filename))
	m.dictSetStr(d, "__cached__", None)
	if err := m.DictSet(m.modules, m.Intern("__main__"), mod.self); err != nil {
		panic(err)
	}
	return mod
}

// NewModule returns a new module named name whose namespace holds
// __name__ (set first, as CPython does).
func (m *Machine) NewModule(name string) *Module {
	mod := &Module{Dict: m.NewDict()}
	m.alloc(mod, m.types.Module)
	m.dictSetStr(mod.Dict, "__name__", m.NewStr(name))
	return mod
}
