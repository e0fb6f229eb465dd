package tui

import (
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// Options configure Run.
type Options struct {
	// NoColor draws without colours (NO_COLOR).
	NoColor bool
	// Input and Output are the terminal (default: stdin and stdout).
	Input  io.Reader
	Output io.Writer
	// Lesson is the lesson the program comes from (nil: none).
	Lesson *Lesson
	// Lessons are offered by the picker (L), which Picker opens at
	// start-up.
	Lessons []*Lesson
	Picker  bool
}

// ErrNoTerminal is returned by Run when stdin or stdout is not a
// terminal.
var ErrNoTerminal = errors.New("the explorer needs a terminal")

// Run opens the explorer on p and returns when the user quits. The
// terminal is restored on every way out: quit, SIGINT, SIGTERM, or a
// panic (bubbletea restores it and re-raises; Update and the panes also
// contain their own panics so that the session survives).
func Run(p *Program, opts Options) error {
	if opts.Input == nil && opts.Output == nil {
		if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
			return ErrNoTerminal
		}
	}
	d := NewDriver(p)
	m := newModel(d, opts)
	var popts []tea.ProgramOption
	if opts.Input != nil {
		popts = append(popts, tea.WithInput(opts.Input))
	}
	if opts.Output != nil {
		popts = append(popts, tea.WithOutput(opts.Output))
	}
	defer func() { m.d.Close() }() // the picker may have replaced d
	prog := tea.NewProgram(m, popts...)
	if _, err := prog.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("explorer: %w", err)
	}
	return nil
}
