package tui

import (
	"bytes"

	"github.com/quicken-py/quicken/specializer"
	"github.com/quicken-py/quicken/vm"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// Program is what the explorer runs: a Python source and everything that
// decides its run, so that re-running it (step back) repeats it exactly.
type Program struct {
	// Title names it in the header: a lesson's title or the file name.
	Title string
	// Filename is co_filename, as tracebacks print it.
	Filename string
	Source   []byte
	// Stdin is what input() and sys.stdin read (the terminal belongs to
	// the explorer).
	Stdin []byte
	// Argv is sys.argv (Argv[0] is the script path).
	Argv []string
	// NoSpecialize runs generic 3.11 bytecode, as `quicken run
	// --no-specialize` does.
	NoSpecialize bool
}

// compile compiles the program; a syntax error comes back as the text
// `python3 FILE` prints for it.
func (p *Program) compile() (*bytecode.Code, error) {
	return vm.Compile(p.Source, p.Filename)
}

// newMachine builds a fresh interpreter for one run of p, its output
// going to out.
func (p *Program) newMachine(out *console) *vm.Machine {
	argv := p.Argv
	if len(argv) == 0 {
		argv = []string{p.Filename}
	}
	m := vm.New(vm.Options{
		Stdin:  bytes.NewReader(p.Stdin),
		Stdout: out.stream(false),
		Stderr: out.stream(true),
		Argv:   argv,
	})
	if !p.NoSpecialize {
		specializer.Attach(m)
	}
	return m
}
