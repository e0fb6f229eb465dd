package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/quicken-py/quicken/scenarios"
	"github.com/quicken-py/quicken/tui"
)

const exploreUsage = "quicken explore [--no-specialize] [--stdin FILE] FILE.py [ARGS...]"

// exploreCommand is `quicken explore FILE.py`: the explorer on the user's
// program.
func exploreCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quicken explore", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	noSpecialize := fs.Bool("no-specialize", false, "run generic 3.11 bytecode: never quicken or specialize")
	stdinPath := fs.String("stdin", "", "what the program reads from standard input (default: nothing)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(stdout, helpText)
			return exitOK
		}
		return usageError(stderr, exploreUsage, err.Error())
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return usageError(stderr, exploreUsage, "missing FILE.py")
	}
	src, ok := readSource(rest[0], stderr)
	if !ok {
		return exitUsage
	}
	var stdin []byte
	if *stdinPath != "" {
		b, err := os.ReadFile(*stdinPath)
		if err != nil {
			fmt.Fprintf(stderr, "quicken: can't read --stdin file: %v\n", err)
			return exitUsage
		}
		stdin = b
	}
	filename := scriptPath(rest[0])
	argv := append([]string{rest[0]}, rest[1:]...)
	return explore(&tui.Program{Filename: filename, Source: src, Stdin: stdin, Argv: argv, NoSpecialize: *noSpecialize}, stderr)
}

// exploreDefault is `quicken` with no arguments: the explorer on the
// default example.
func exploreDefault(stderr io.Writer) int {
	src, err := scenarios.Source(scenarios.Default)
	if err != nil {
		fmt.Fprintf(stderr, "quicken: internal error: bundled example: %v\n", err)
		return exitInternal
	}
	return explore(&tui.Program{Title: scenarios.Default, Filename: scenarios.Default, Source: src}, stderr)
}

func explore(p *tui.Program, stderr io.Writer) int {
	err := tui.Run(p, tui.Options{NoColor: os.Getenv("NO_COLOR") != ""})
	if errors.Is(err, tui.ErrNoTerminal) {
		fmt.Fprintf(stderr, "quicken: the explorer needs a terminal (stdin and stdout); without one, try\n  quicken run FILE.py | quicken dis --adaptive FILE.py\n%s\n", usageLine)
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(stderr, "quicken: %v\n", err)
		return exitInternal
	}
	return exitOK
}
