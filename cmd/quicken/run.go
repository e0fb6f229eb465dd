package main

import (
	"flag"
	"fmt"
	"io"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/quicken-py/quicken/specializer"
	"github.com/quicken-py/quicken/vm"
	"github.com/quicken-py/quicken/vm/compiler"
)

const runUsage = "quicken run [-u] [--max-memory BYTES] [--no-specialize] [--stats] FILE.py [ARGS...]"

// runCommand is `quicken run`: flags come before the file; everything
// after the file is the program's sys.argv[1:].
func runCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quicken run", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	maxMemory := fs.Int64("max-memory", vm.DefaultMemoryLimit, "raise MemoryError when Python objects exceed this many bytes")
	noSpecialize := fs.Bool("no-specialize", false, "run generic 3.11 bytecode: never quicken or specialize")
	stats := fs.Bool("stats", false, "print specialization statistics on stderr after the run")
	unbuffered := fs.Bool("u", false, "unbuffered stdout and stderr, as python3 -u (also PYTHONUNBUFFERED)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(stdout, helpText)
			return exitOK
		}
		return usageError(stderr, runUsage, err.Error())
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return usageError(stderr, runUsage, "missing FILE.py")
	}
	path := rest[0]
	src, ok := readSource(path, stderr)
	if !ok {
		return exitUsage
	}
	filename := scriptPath(path)
	// python3 prints the SyntaxWarnings compiling the file issues on
	// stderr before the program runs.
	code, warnings, err := compileWarnedIn(src, filename, compiler.ContextRun)
	if err != nil {
		return reportError(err, filename, func(string) error { return err }, stderr)
	}
	for _, w := range warnings {
		io.WriteString(stderr, w.Format())
	}
	// Every Python object is a Go allocation that the VM's own collector
	// releases; let Go's collector run less often (it only has to find
	// what the VM let go), within a soft limit tied to the VM's ceiling.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(2**maxMemory + 256<<20)
	m := vm.New(vm.Options{
		Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Argv:        rest,
		MemoryLimit: *maxMemory,
		Buffering:   stdioBuffering(*unbuffered, stdin, stdout, stderr),
		WriteFiles:  true,
	})
	if !*noSpecialize {
		specializer.Attach(m)
	}
	var st *vm.SpecStats
	if *stats {
		// Counted from the first instruction (counting slows every
		// instruction down).
		st = m.EnableStats()
	}
	stop := interruptOnSignal(m)
	defer stop()
	// A reader that goes away (`| head`) makes writes fail with EPIPE,
	// which the program sees as BrokenPipeError, as under python3
	// (which ignores SIGPIPE), instead of killing quicken.
	signal.Ignore(syscall.SIGPIPE)
	out, err := m.RunMain(code)
	if err != nil {
		fmt.Fprintf(stderr, "quicken: internal error: run %s: %v\n", path, err)
		return exitInternal
	}
	if st != nil {
		// On stderr, after everything the program printed (a traceback
		// included), as a CPython pystats build falls back to when it
		// cannot write its stats file: the program's stdout stays its
		// own.
		if err := specializer.WriteStats(stderr, st); err != nil {
			fmt.Fprintf(stderr, "quicken: %v\n", err)
			return exitInternal
		}
	}
	return out.ExitStatus
}
