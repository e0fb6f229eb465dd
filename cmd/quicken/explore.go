package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/quicken-py/quicken/tui"
)

const exploreUsage = "quicken explore [--no-specialize] [--stdin FILE] FILE.py|LESSON [ARGS...]"

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
	if l, all, ok, err := lessonNamed(rest[0]); err != nil {
		fmt.Fprintf(stderr, "quicken: internal error: %v\n", err)
		return exitInternal
	} else if ok {
		p := l.Program()
		p.NoSpecialize = *noSpecialize
		return explore(p, tui.Options{Lesson: l, Lessons: all}, stderr)
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
	return explore(&tui.Program{Filename: filename, Source: src, Stdin: stdin, Argv: argv, NoSpecialize: *noSpecialize}, tui.Options{}, stderr)
}

func explore(p *tui.Program, opts tui.Options, stderr io.Writer) int {
	opts.NoColor = os.Getenv("NO_COLOR") != ""
	err := tui.Run(p, opts)
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
